package notify

import "testing"

func TestGreet(t *testing.T) {
	tc := &Tested{}
	for _, name := range []string{"a", "b"} {
		_ = tc.Greet(name)
	}
}
