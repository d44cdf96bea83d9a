package store

import (
	"reflect"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
)

// fillAll sets every field of v (recursively, pointers allocated) to a
// non-zero value derived from its path, so a field the codec forgets shows.
func fillAll(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("v:" + path)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(len(path)) + 7)
	case reflect.Float64:
		v.SetFloat(float64(len(path)) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAll(v.Elem(), path)
	case reflect.Struct:
		for i := range v.NumField() {
			fillAll(v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	default:
		panic("fillAll: add a case for " + v.Kind().String() + " at " + path)
	}
}

// TestEventRecordKeepsEveryField fails when events.EventCoded grows a field
// the store's binary record does not carry.
func TestEventRecordKeepsEveryField(t *testing.T) {
	var ev events.EventCoded
	fillAll(reflect.ValueOf(&ev).Elem(), "ev")
	in := stored{Seq: 9, Logged: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), Story: "story-key-0123456789", Ev: ev}
	out, err := decodeStored(9, encodeStored(&in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*out, in) {
		t.Fatalf("round trip lost data:\n got %+v\nwant %+v", *out, in)
	}
}
