package hardcodedsecret

// benthos v4.60.0 internal/bloblang/query/methods_strings.go:291 and
// internal/impl/io/input_http_server.go:301 give example configurations
// with made-up keys and URLs to their docs builders (NewExampleSpec,
// (*ConfigSpec).Example): documentation stand-ins, silent.
type fp17ExampleSpec struct{ Mapping string }

func fp17NewExampleSpec(summary, mapping string, results ...string) fp17ExampleSpec {
	return fp17ExampleSpec{Mapping: mapping}
}

type fp17ConfigSpec struct{}

func (c *fp17ConfigSpec) Example(title, summary, config string) *fp17ConfigSpec { return c }

func (c *fp17ConfigSpec) Description(d string) *fp17ConfigSpec { return c }

var fp17Examples = []fp17ExampleSpec{
	fp17NewExampleSpec("", `let key = "2b7e151628aed2a6abf7158809cf4f3c".decode("hex")`),  // silent: a docs example
	fp17NewExampleSpec("", `root = this.url`, `{"url":"amqp://foo:bar@127.0.0.1:5672/"}`), // silent: a docs example
}

var fp17Spec = (&fp17ConfigSpec{}).
	Example("OAuth", "mocks a token endpoint", `client_secret: 6cbf34ead6d70f75a79315049d20a742`). // silent: a docs example
	Description(`client_secret: 6cbf34ead6d70f75a79315049d20a742`)                                 // want `in the argument of \(\*fp17ConfigSpec\).Description: .*rule generic-api-key`
