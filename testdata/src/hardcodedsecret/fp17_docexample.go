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

// review17 H1: a function named for examples that acts on what it is
// given (loads them into a database) builds no documentation: the
// password of the DSN it gets is reported as anywhere. A docs builder
// that returns nothing to chain on is none either.
func fix18LoadExamples(db any, dsn string) {}

func (c *fp17ConfigSpec) RunExample(dsn string) {}

func fix18Setup(db any) {
	fix18LoadExamples(db, "postgres://app:Zq9vLp2Rt7@db.internal:5432/prod")          // want `in the argument of fix18LoadExamples: password in the userinfo of a URL or DSN \(rule credlint-url-password`
	(&fp17ConfigSpec{}).RunExample("postgres://app:Zq9vLp2Rt7@db.internal:5432/prod") // want `credlint-url-password`
}

// In a docs builder, a password with a digit, a capital or a symbol was
// copied from a real configuration, not written for the reader; a plain
// word (foo:bar above, scott/tiger) is a stand-in.
func (c *fp17ConfigSpec) ExamplePassword(password string) *fp17ConfigSpec { return c }

var fix18Spec = (&fp17ConfigSpec{}).
	Example("Postgres", "", `postgres://app:Zq9vLp2Rt7@db.internal:5432/prod`). // want `in the argument of \(\*fp17ConfigSpec\).Example: .*credlint-url-password`
	Example("Postgres", "", `postgres://scott:tiger@db.internal:5432/prod`).    // silent: a docs example's stand-in
	ExamplePassword("Zq9vLp2Rt7").                                              // want `in the password argument of \(\*fp17ConfigSpec\).ExamplePassword: .*credlint-hardcoded-password`
	ExamplePassword("tiger")                                                    // silent: a docs example's stand-in

// review18 L1: a constructor named for an example that takes a credential
// builds a client (of a service named Example), no description.
type fix18ExampleClient struct{ key string }

func fix18NewExampleClient(apiKey string) *fix18ExampleClient {
	return &fix18ExampleClient{key: apiKey}
}

var fix18Client = fix18NewExampleClient("9f2c7a41b8e6d03f5a1c7e9b2d4f6a8c") // want `in the apiKey argument of fix18NewExampleClient`
