package trainer

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// ErrEvalJSON is wrapped when an eval result's JSON cannot be read back.
var ErrEvalJSON = errors.New("trainer: bad eval result JSON")

// evalJSON is EvalResult on the wire: a value that is not finite is null,
// and NonFinite maps its JSON name to "NaN", "+Inf" or "-Inf".
type evalJSON struct {
	Accuracy           *float64          `json:"accuracy"`
	AccuracyFixedPoint *float64          `json:"accuracy_fixed_point"`
	Loss               *float64          `json:"loss"`
	LossFixedPoint     json.RawMessage   `json:"loss_fixed_point,omitempty"`
	Examples           int               `json:"examples"`
	NonFinite          map[string]string `json:"non_finite,omitempty"`
}

// nonFinite names a value that JSON cannot hold, or returns "" for a finite one.
func nonFinite(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	return ""
}

// MarshalJSON writes r with every non-finite value as null, named in
// "non_finite": {"loss": null, …, "non_finite": {"loss": "NaN"}}.
func (r EvalResult) MarshalJSON() ([]byte, error) {
	out := evalJSON{Examples: r.Examples}
	put := func(name string, v float64) *float64 {
		if s := nonFinite(v); s != "" {
			if out.NonFinite == nil {
				out.NonFinite = map[string]string{}
			}
			out.NonFinite[name] = s
			return nil
		}
		return &v
	}
	out.Accuracy = put("accuracy", r.Accuracy)
	out.AccuracyFixedPoint = put("accuracy_fixed_point", r.AccuracyFixedPoint)
	out.Loss = put("loss", r.Loss)
	if r.LossFixedPoint != nil {
		v := put("loss_fixed_point", *r.LossFixedPoint)
		raw, err := json.Marshal(v) // null for a non-finite value
		if err != nil {
			return nil, err
		}
		out.LossFixedPoint = raw
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes. A null value must be named in
// "non_finite" (and a named one must be null); loss_fixed_point may be
// absent.
func (r *EvalResult) UnmarshalJSON(b []byte) error {
	var in evalJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return fmt.Errorf("%w: %w", ErrEvalJSON, err)
	}
	used := 0
	get := func(name string, v *float64) (float64, error) {
		s, named := in.NonFinite[name]
		if named {
			used++
		}
		switch {
		case v != nil && named:
			return 0, fmt.Errorf("%w: %s is %v and named non-finite", ErrEvalJSON, name, *v)
		case v != nil:
			return *v, nil
		case !named:
			return 0, fmt.Errorf("%w: %s is missing or null without a non_finite entry", ErrEvalJSON, name)
		}
		switch s {
		case "NaN":
			return math.NaN(), nil
		case "+Inf":
			return math.Inf(1), nil
		case "-Inf":
			return math.Inf(-1), nil
		}
		return 0, fmt.Errorf("%w: non_finite %s is %q, want NaN, +Inf or -Inf", ErrEvalJSON, name, s)
	}
	out := EvalResult{Examples: in.Examples}
	var err error
	if out.Accuracy, err = get("accuracy", in.Accuracy); err != nil {
		return err
	}
	if out.AccuracyFixedPoint, err = get("accuracy_fixed_point", in.AccuracyFixedPoint); err != nil {
		return err
	}
	if out.Loss, err = get("loss", in.Loss); err != nil {
		return err
	}
	if in.LossFixedPoint != nil {
		var p *float64
		if err := json.Unmarshal(in.LossFixedPoint, &p); err != nil {
			return fmt.Errorf("%w: loss_fixed_point: %w", ErrEvalJSON, err)
		}
		v, err := get("loss_fixed_point", p)
		if err != nil {
			return err
		}
		out.LossFixedPoint = &v
	}
	if used != len(in.NonFinite) {
		return fmt.Errorf("%w: non_finite names %d values, %d of them unknown", ErrEvalJSON, len(in.NonFinite), len(in.NonFinite)-used)
	}
	*r = out
	return nil
}
