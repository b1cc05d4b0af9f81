package secreturl

import (
	"strings"
	"testing"
)

// A test that checks the URL prints its own fixture password: the URL
// still goes only to net/http in the package.
func TestAssembleURL(t *testing.T) {
	c := &rqConn{username: "user", password: "pass"}
	if u := c.assembleURL("/db/query", "host:1234"); !strings.Contains(u, "user:pass@") {
		t.Errorf("no credentials in %s", u)
	}
}
