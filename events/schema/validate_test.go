package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"
)

// validator is a small JSON Schema checker covering exactly the keywords
// these schemas use. Any other keyword is reported as an error rather than
// skipped, so a schema can never rely on a rule this checker ignores.
type validator struct {
	docs map[string]map[string]any // by $id
}

func newValidator() (*validator, error) {
	v := &validator{docs: map[string]map[string]any{}}
	for _, name := range Types() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		id, _ := doc["$id"].(string)
		v.docs[id] = doc
	}
	return v, nil
}

func (v *validator) docByName(name string) (string, map[string]any) {
	for id, doc := range v.docs {
		if strings.HasSuffix(id, "/"+name+".json") {
			return id, doc
		}
	}
	return "", nil
}

// Validate checks the JSON in b against the named schema and returns every
// violation found.
func (v *validator) Validate(name string, b []byte) []string {
	var inst any
	if err := json.Unmarshal(b, &inst); err != nil {
		return []string{err.Error()}
	}
	id, doc := v.docByName(name)
	if doc == nil {
		return []string{"no schema " + name}
	}
	return v.check(id, doc, inst, "$")
}

// resolve follows a $ref: "#/$defs/x" in the current document, or a
// relative reference to another document ("event.coded.json").
func (v *validator) resolve(base, ref string) (string, map[string]any, error) {
	docID, frag, _ := strings.Cut(ref, "#")
	if docID != "" {
		base = base[:strings.LastIndex(base, "/")+1] + docID
	}
	node, ok := v.docs[base]
	if !ok {
		return "", nil, fmt.Errorf("unresolvable $ref %q", ref)
	}
	for _, part := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
		if part == "" {
			continue
		}
		next, ok := node[part].(map[string]any)
		if !ok {
			return "", nil, fmt.Errorf("unresolvable $ref %q", ref)
		}
		node = next
	}
	return base, node, nil
}

func typeOf(x any) string {
	switch n := x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case float64:
		if n == math.Trunc(n) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", x)
}

func typeMatches(want, got string) bool {
	return want == got || (want == "number" && got == "integer")
}

func (v *validator) check(base string, s map[string]any, inst any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		kw := s[k]
		switch k {
		case "$schema", "$id", "$defs", "title", "description", "then":
			// annotations, or handled with "if"
		case "$ref":
			b, target, err := v.resolve(base, kw.(string))
			if err != nil {
				fail("%v", err)
				continue
			}
			errs = append(errs, v.check(b, target, inst, path)...)
		case "type":
			if got := typeOf(inst); !typeMatches(kw.(string), got) {
				fail("type %s, want %s", got, kw)
			}
		case "const":
			if !jsonEqual(inst, kw) {
				fail("%v, want %v", inst, kw)
			}
		case "enum":
			found := false
			for _, e := range kw.([]any) {
				found = found || jsonEqual(inst, e)
			}
			if !found {
				fail("%v not in %v", inst, kw)
			}
		case "properties":
			obj, ok := inst.(map[string]any)
			if !ok {
				continue
			}
			for name, sub := range kw.(map[string]any) {
				if val, ok := obj[name]; ok {
					errs = append(errs, v.check(base, sub.(map[string]any), val, path+"."+name)...)
				}
			}
		case "required":
			obj, ok := inst.(map[string]any)
			if !ok {
				continue
			}
			for _, name := range kw.([]any) {
				if _, ok := obj[name.(string)]; !ok {
					fail("missing required %q", name)
				}
			}
		case "additionalProperties":
			obj, ok := inst.(map[string]any)
			if !ok || kw != false {
				continue
			}
			props, _ := s["properties"].(map[string]any)
			for name := range obj {
				if _, ok := props[name]; !ok {
					fail("unexpected property %q", name)
				}
			}
		case "items":
			arr, ok := inst.([]any)
			if !ok {
				continue
			}
			for i, el := range arr {
				errs = append(errs, v.check(base, kw.(map[string]any), el, fmt.Sprintf("%s[%d]", path, i))...)
			}
		case "pattern":
			str, ok := inst.(string)
			if ok && !regexp.MustCompile(kw.(string)).MatchString(str) {
				fail("%q does not match %s", str, kw)
			}
		case "minLength":
			str, ok := inst.(string)
			if ok && float64(len([]rune(str))) < kw.(float64) {
				fail("%q shorter than %v", str, kw)
			}
		case "minimum":
			n, ok := inst.(float64)
			if ok && n < kw.(float64) {
				fail("%v below minimum %v", n, kw)
			}
		case "maximum":
			n, ok := inst.(float64)
			if ok && n > kw.(float64) {
				fail("%v above maximum %v", n, kw)
			}
		case "format":
			str, ok := inst.(string)
			if !ok {
				continue
			}
			var err error
			switch kw {
			case "date-time":
				_, err = time.Parse(time.RFC3339Nano, str)
			case "date":
				_, err = time.Parse(time.DateOnly, str)
			default:
				err = fmt.Errorf("unsupported format %v", kw)
			}
			if err != nil {
				fail("format %s: %v", kw, err)
			}
		case "allOf":
			for _, sub := range kw.([]any) {
				errs = append(errs, v.check(base, sub.(map[string]any), inst, path)...)
			}
		case "if":
			if len(v.check(base, kw.(map[string]any), inst, path)) == 0 {
				if then, ok := s["then"].(map[string]any); ok {
					errs = append(errs, v.check(base, then, inst, path)...)
				}
			}
		default:
			fail("keyword %q is not supported by the test validator", k)
		}
	}
	return errs
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
