package secretlog

import (
	"fmt"
	"net/http"
	"strings"
)

// mailgun-go's debug output: curlString renders the request with the
// Authorization header redacted, and the form values of the payload it is
// given verbatim (an SMTP password among them). A call without a payload
// renders no form values.
type formPair struct {
	key   string
	value string
}

type formPayload struct {
	values []formPair
}

func (f *formPayload) addValue(key, value string) {
	f.values = append(f.values, formPair{key: key, value: value})
}

func (f *formPayload) getValues() []formPair { return f.values }

func curlString(req *http.Request, p *formPayload) string {
	parts := []string{"curl", "-X", req.Method, req.URL.String()}
	for key, value := range req.Header {
		if key == "Authorization" {
			parts = append(parts, fmt.Sprintf("-H %q", key+": <redacted>"))
		} else {
			parts = append(parts, fmt.Sprintf("-H %q", key+": "+value[0]))
		}
	}
	if p != nil {
		for _, param := range p.getValues() {
			parts = append(parts, fmt.Sprintf("-F %s='%s'", param.key, param.value))
		}
	}
	return strings.Join(parts, " ")
}

func changeSMTPPassword(req *http.Request, password string) {
	p := &formPayload{}
	p.addValue("password", password)
	fmt.Println(curlString(req, p)) // want `credential curlString\(\) reaches a log line via fmt.Println`
	fmt.Println(curlString(req, nil))
}
