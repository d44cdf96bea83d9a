package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
)

func init() {
	register(command{name: "alerts", usage: "alerts add [filter and trigger flags | --json FILE] | list | rm ID | deliveries [--status failed] | redeliver ID  [--server URL]",
		help: "manage the alert rules of a running geotrack and their deliveries", run: runAlerts})
}

// listFlag collects a comma-separated or repeated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// optFloat is a float flag that knows whether it was given.
type optFloat struct{ v *float64 }

func (o *optFloat) String() string {
	if o.v == nil {
		return ""
	}
	return strconv.FormatFloat(*o.v, 'g', -1, 64)
}
func (o *optFloat) Set(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	o.v = &f
	return nil
}

// runAlerts talks to a running geotrack: rules are events in its log and
// are evaluated by its aggregate service.
func runAlerts(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageError{"want add, list, rm, deliveries or redeliver"}
	}
	sub := args[0]
	fs := newFlags(env, "alerts", "alerts "+sub+" [flags]")
	server := fs.String("server", envOr(env, "GEOTRACK_SERVER", "http://"+envOr(env, "GEOTRACK_ADDR", "127.0.0.1:8080")), "base URL of the running geotrack (env GEOTRACK_SERVER)")
	token := clientToken(env, fs)
	var r events.Rule
	var actor, source, target, dyad, place, cameo, root, plover, lang, quad listFlag
	var gmin, gmax optFloat
	var jsonFile, webhook, secret, status, ruleFilter string
	var cooldown time.Duration
	if sub == "add" {
		fs.StringVar(&r.ID, "id", "", "rule id (letters, digits, - and _); default a random one")
		fs.StringVar(&r.Name, "name", "", "a name for people")
		fs.Var(&actor, "actor", "actor on either side (ISO alpha-3 country or organisation), comma-separated")
		fs.Var(&source, "source", "source actor(s)")
		fs.Var(&target, "target", "target actor(s)")
		fs.Var(&dyad, "dyad", "A-B: source A and target B in either direction")
		fs.Var(&place, "place", "location country(ies)")
		fs.Var(&cameo, "cameo", "CAMEO code prefix(es), e.g. 15,19")
		fs.Var(&root, "root", "CAMEO root(s)")
		fs.Var(&quad, "quad", "QuadClass(es) 1-4")
		fs.Var(&plover, "plover", "PLOVER type(s)")
		fs.Var(&gmin, "goldstein-min", "lowest Goldstein score")
		fs.Var(&gmax, "goldstein-max", "highest Goldstein score")
		fs.Var(&lang, "lang", "article language(s)")
		fs.IntVar(&r.Filter.MinMentions, "min-mentions", 0, "distinct articles a story needs before it counts")
		fs.StringVar(&r.Trigger.Kind, "trigger", "each", "each, count or spike")
		fs.IntVar(&r.Trigger.Count, "count", 0, "count: matching stories within the window")
		fs.IntVar(&r.Trigger.WindowDays, "window", 0, "count/spike: window in days (event dates)")
		fs.IntVar(&r.Trigger.BaselineDays, "baseline", 0, "spike: trailing baseline in days")
		fs.Float64Var(&r.Trigger.Ratio, "ratio", 0, "spike: window count >= ratio x baseline expectation")
		fs.Float64Var(&r.Trigger.ZScore, "z", 0, "spike: z-score threshold (instead of --ratio)")
		fs.IntVar(&r.Trigger.MinCount, "min-count", 0, "spike: minimum window count")
		fs.DurationVar(&cooldown, "cooldown", 0, "suppress new alerts of the rule this long after one fired")
		fs.StringVar(&webhook, "webhook", "", "URL to POST alerts to (signed, retried)")
		fs.StringVar(&secret, "secret", "", "webhook signing secret; default a generated one, printed once")
		fs.StringVar(&jsonFile, "json", "", "read the whole rule as JSON from FILE ('-' = stdin) instead of flags")
	}
	if sub == "deliveries" {
		fs.StringVar(&status, "status", "", "pending, done or failed (dead letters)")
		fs.StringVar(&ruleFilter, "rule", "", "only this rule's deliveries")
	}
	pos, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	ctx = withToken(ctx, token())
	base := strings.TrimRight(*server, "/")
	switch sub {
	case "add":
		if len(pos) != 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", pos[0])}
		}
		var body []byte
		if jsonFile != "" {
			var err error
			if jsonFile == "-" {
				body, err = io.ReadAll(env.Stdin)
			} else {
				body, err = os.ReadFile(jsonFile)
			}
			if err != nil {
				return fmt.Errorf("read rule: %w", err)
			}
		} else {
			r.Filter.Actor, r.Filter.Source, r.Filter.Target, r.Filter.Dyad = actor, source, target, dyad
			r.Filter.Place, r.Filter.CAMEO, r.Filter.Root, r.Filter.PLOVER, r.Filter.Lang = place, cameo, root, plover, lang
			r.Filter.GoldsteinMin, r.Filter.GoldsteinMax = gmin.v, gmax.v
			for _, q := range quad {
				n, err := strconv.Atoi(q)
				if err != nil {
					return usageError{fmt.Sprintf("--quad %q is not a number", q)}
				}
				r.Filter.QuadClass = append(r.Filter.QuadClass, n)
			}
			r.CooldownSeconds = int(cooldown / time.Second)
			if webhook != "" {
				r.Webhook = &events.RuleWebhook{URL: webhook, Secret: secret}
			}
			body, _ = json.Marshal(r)
		}
		var v alert.RuleView
		if err := apiCall(ctx, http.MethodPost, base+"/v1/alerts/rules", body, &v); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s\n", v.ID)
		if v.Webhook != nil && v.Webhook.Secret != "" {
			fmt.Fprintf(env.Stdout, "webhook secret (shown once): %s\n", v.Webhook.Secret)
		}
		if !v.Applied {
			fmt.Fprintln(env.Stderr, "note: the rule is in the log but the engine had not applied it yet")
		}
	case "list":
		if len(pos) != 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", pos[0])}
		}
		var l struct{ Rules []alert.RuleView }
		if err := apiCall(ctx, http.MethodGet, base+"/v1/alerts/rules", nil, &l); err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tTRIGGER\tFILTER\tWEBHOOK")
		for _, v := range l.Rules {
			f, _ := json.Marshal(v.Filter)
			hook := ""
			if v.Webhook != nil {
				hook = v.Webhook.URL
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", v.ID, triggerText(v.Trigger), f, hook)
		}
		return tw.Flush()
	case "rm":
		if len(pos) != 1 {
			return usageError{"alerts rm wants exactly one rule ID (see alerts list)"}
		}
		return apiCall(ctx, http.MethodDelete, base+"/v1/alerts/rules/"+url.PathEscape(pos[0]), nil, nil)
	case "deliveries":
		q := url.Values{}
		if status != "" {
			q.Set("status", status)
		}
		if ruleFilter != "" {
			q.Set("rule", ruleFilter)
		}
		var l struct{ Deliveries []alert.Delivery }
		if err := apiCall(ctx, http.MethodGet, base+"/v1/alerts/deliveries?"+q.Encode(), nil, &l); err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tRULE\tALERT\tREV\tSTATUS\tATTEMPTS\tERROR")
		for _, d := range l.Deliveries {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%s\n", d.ID, d.RuleID, d.AlertID, d.Revision, d.Status, d.Attempts, d.LastError)
		}
		return tw.Flush()
	case "redeliver":
		if len(pos) != 1 {
			return usageError{"alerts redeliver wants exactly one delivery ID (see alerts deliveries)"}
		}
		return apiCall(ctx, http.MethodPost, base+"/v1/alerts/deliveries/"+url.PathEscape(pos[0])+"/redeliver", nil, nil)
	default:
		return usageError{fmt.Sprintf("unknown subcommand %q (want add, list, rm, deliveries or redeliver)", sub)}
	}
	return nil
}

func triggerText(t events.RuleTrigger) string {
	switch t.Kind {
	case events.TriggerCount:
		return fmt.Sprintf("count>=%d/%dd", t.Count, t.WindowDays)
	case events.TriggerSpike:
		if t.Ratio > 0 {
			return fmt.Sprintf("spike x%g %dd/%dd", t.Ratio, t.WindowDays, t.BaselineDays)
		}
		return fmt.Sprintf("spike z%g %dd/%dd", t.ZScore, t.WindowDays, t.BaselineDays)
	}
	return t.Kind
}

var _ flag.Value = (*listFlag)(nil)
