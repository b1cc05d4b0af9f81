package detector

import "testing"

var cases = []struct {
	in   string
	want bool
}{
	{"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", true},
	{"SG.DVWqyfkrFAZd6_6X-yZl_D.cI08WoHmiXWnhREl-Asie_ys64KT2rumOT-zNtTKjCSz", false}, // too long
	{"SG.DVWqy=krFAZd6_6X-yZl_D.cI08WoHmiXWnhREl-Asie_ys64KT2rumOT-zNtTKjCS", false},  // a character the format has not
}

func TestDetect(t *testing.T) {
	for _, c := range cases {
		if Detect(c.in) != c.want {
			t.Error(c.in)
		}
	}
}
