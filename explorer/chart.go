package explorer

import (
	"fmt"
	"strconv"
	"strings"
)

// chart is a line chart laid out for an inline SVG: every coordinate is
// computed here, the template only writes the elements.
type chart struct {
	W, H                     int
	Left, Right, Top, Bottom float64 // the plot area
	Line                     string  // polyline points, "x,y x,y …"
	Points                   []chartPoint
	XTicks, YTicks           []tick
	XLabel, YLabel           string
	PlotW, PlotH             float64 // Right-Left, Bottom-Top
	YTickX, XTickY, AxisX    float64 // where the tick labels and the axis label go
}

// chartPoint is one data point; Filled marks a proven round.
type chartPoint struct {
	X, Y   float64
	Title  string
	Filled bool
}

type tick struct {
	Pos   float64
	Label string
}

// lossPoint is the best claimed mean loss of one round.
type lossPoint struct {
	Round  uint64
	Loss   float64
	Proven bool
}

const (
	chartW, chartH             = 640, 240
	padLeft, padRight          = 64, 16
	padTop, padBottom          = 16, 40
	maxXTicks, yTickCount      = 10, 5
	chartCoordFormat      byte = 'f'
)

// lossChart lays out the loss per round; nil when there is no point.
func lossChart(pts []lossPoint) *chart {
	if len(pts) == 0 {
		return nil
	}
	c := &chart{W: chartW, H: chartH, Left: padLeft, Right: chartW - padRight, Top: padTop, Bottom: chartH - padBottom,
		XLabel: "round", YLabel: "best mean loss"}
	c.PlotW, c.PlotH = c.Right-c.Left, c.Bottom-c.Top
	c.YTickX, c.XTickY, c.AxisX = c.Left-6, c.Bottom+16, (c.Left+c.Right)/2
	lo, hi := pts[0].Loss, pts[0].Loss
	for _, p := range pts {
		lo, hi = min(lo, p.Loss), max(hi, p.Loss)
	}
	if hi == lo {
		d := max(abs(hi)*0.1, 1e-3)
		lo, hi = lo-d, hi+d
	}
	first, last := pts[0].Round, pts[len(pts)-1].Round
	xOf := func(r uint64) float64 {
		if last == first {
			return (c.Left + c.Right) / 2
		}
		return c.Left + float64(r-first)/float64(last-first)*(c.Right-c.Left)
	}
	yOf := func(v float64) float64 { return c.Top + (hi-v)/(hi-lo)*(c.Bottom-c.Top) }
	var line strings.Builder
	for i, p := range pts {
		x, y := xOf(p.Round), yOf(p.Loss)
		if i > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(coord(x) + "," + coord(y))
		status := "not proven"
		if p.Proven {
			status = "proven"
		}
		c.Points = append(c.Points, chartPoint{X: round1(x), Y: round1(y), Filled: p.Proven,
			Title: fmt.Sprintf("round %d: %.5f (%s)", p.Round, p.Loss, status)})
	}
	c.Line = line.String()
	for i := range yTickCount {
		v := lo + (hi-lo)*float64(i)/float64(yTickCount-1)
		c.YTicks = append(c.YTicks, tick{Pos: round1(yOf(v)), Label: strconv.FormatFloat(v, 'g', 4, 64)})
	}
	step := max(uint64(1), (last-first+maxXTicks)/maxXTicks)
	for r := first; r <= last; r += step {
		c.XTicks = append(c.XTicks, tick{Pos: round1(xOf(r)), Label: strconv.FormatUint(r, 10)})
	}
	return c
}

func coord(v float64) string { return strconv.FormatFloat(v, chartCoordFormat, 1, 64) }

func round1(v float64) float64 {
	f, _ := strconv.ParseFloat(coord(v), 64)
	return f
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
