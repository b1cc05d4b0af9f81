// Package hardcodedsecret defines an Analyzer that reports credentials
// written into Go source as string literals or constants.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: report API keys, tokens and other secrets hardcoded in source
//
// Every vendor's API guide says the same: never hardcode a key; load it from
// the environment or a secret manager. A key committed to a repository is in
// every clone, fork, CI log and backup of it, and must be rotated.
//
// The check matches string literals and constants, wherever they stand
// (declarations, struct and map literals, call arguments, concatenations,
// comparisons, return values, struct-tag defaults such as envDefault:"…"),
// and the lines of text files embedded with //go:embed, against the rule
// file: credlint's rules for Stripe-style sk_live_/rk_live_ keys, sk_test_
// sandbox keys (low severity), AutoSend as_ keys, Sure Send ss_sys_ system
// IDs and UUID API keys bound to a credential name or header, plus
// gitleaks' default rules. Each rule sees the literal as `name = "value"`,
// where name is what the literal is bound to (variable, field, map key,
// header, parameter) when the shared name model says it holds a credential,
// so context rules such as UUID keys and gitleaks' generic-api-key only fire
// in credential context; a key named after a vendor (algoliaKey,
// algolia_key) gives that vendor's rule the vendor's name.
//
// Some credentials are secrets whatever their shape, and are reported even
// short and of low entropy: a password bound to a password name or passed
// to SetBasicAuth or url.UserPassword, the password in a URL's or DSN's
// userinfo (postgres://u:p@…, u:p@tcp(…)/db, password=… in key=value
// DSNs), and signing keys (SignedString, hmac.New, a JWT key function
// returning a literal).
//
// Files the build excludes (another GOOS or GOARCH, a custom tag,
// //go:build ignore) are parsed and matched by syntax, and a package that
// does not type-check is matched where type information is missing.
//
// GitHub (ghp_, gho_, ghu_, ghs_, ghr_), npm (npm_) and Grafana service
// account (glsa_) tokens carry a CRC-32 checksum: a valid one is a minted token, reported in tests too; an
// invalid one in a test is a fixture.
//
// With -getenv-fix, a key that initialises a var or a lone const gets a
// suggested fix replacing it with os.Getenv("NAME"), NAME derived from the
// identifier.
//
// It stays silent on:
//   - placeholders: YOUR_API_TOKEN, your-api-token-here, {{API_KEY}},
//     <token>, xxxxxxxx-xxxx-…, as_demo_your_api_key_here,
//     mock-token-for-testing, sk_live_abc123…, user:password@localhost,
//     MyUser:MyPassword@localhost, some-secret,
//     ${DB_PASSWORD} (a rule tagged no-placeholder-filter turns this off);
//   - a password equal to the user name set beside it in the same
//     composite literal (Username: "guest", Password: "guest") or in the
//     same URL or DSN for this machine (amqp://guest:guest@localhost:5672/,
//     user=postgres password=postgres with no host or a loopback one): a
//     default local account (the same pair for another host is reported);
//   - an access key ID as the key ID parameter of a presigned URL
//     (X-Amz-Credential=AKIA…, AWSAccessKeyId=AKIA…): the ID names the key,
//     and the signature beside it expires;
//   - values that cannot be keys: prose, identifiers, URLs and format
//     strings (a key-shaped run of 12+ characters mixing letter case or
//     digits is required before any rule runs), and text shaped like a
//     URL that is a pattern or a template: no scheme before "://" (a
//     scanner's `[a-z]+://[^:\s]*:[^@:\s]+@…`), or user info holding a
//     character class, an escape or {{ (a password net/url rejects but a
//     driver takes, mongodb://admin:Xk9^vQ…@, is still reported);
//   - names of keys: "Authorization", "X-System-Id", oauthTokenKey =
//     "oauth_token"; for context rules, names in constant case
//     ("SMTP AUTH type: SCRAM-SHA-256-PLUS");
//   - typed enum constants (const TokenTypeCard TokenType = "card"): their
//     name is not used as credential context;
//   - import paths, struct tags other than defaults, and comments.
//
// Test files and generated files: a vendor-format live key (sk_live_,
// ss_sys_, ghp_…) is a leak wherever it is, so those rules report
// everywhere, except in a detector's test corpus: a test file one literal
// of which a detection pattern of the package (a constant named like
// apiKeyRegex, or given to regexp.Compile) matches whole, which feeds the
// detector samples of its format (a token whose checksum holds is minted,
// and reported there too). Rules that depend on context (generic-api-key, UUID keys) and
// sandbox keys (sk_test_) are not reported in _test.go or generated files,
// nor in test support named as such (mock.go, mock_server.go,
// client_mock.go, mocks/, fixtures/), a method of a test double (a type
// named MockKerberosClient, FakeServer, ClientMock in a file or directory
// named mock, fake, stub or double) or a library for tests (a non-test
// file that imports "testing"; its package's other files are judged on
// their own), where such values are
// fixtures, nor in example
// programs (a directory named example, examples, _examples, samples or
// _samples), where a
// password (DeriveKeyFromString("helloworld")) or a key without a vendor
// format (NewClient("glpat-123xyz")) stands in for the reader's own. So
// does an argument of a documentation example builder (a function named
// for an example that returns an example or its own spec to chain on:
// NewExampleSpec, (*ConfigSpec).Example; not loadExamples(db, dsn)),
// except a password with a digit, a capital or a symbol (a URL's
// userinfo, a password parameter), copied from a real configuration.
//
// The message names the rule and shows only a redacted prefix of the
// secret (sk_live_4eC3…). Use -rules FILE for your own rule file (gitleaks
// format; `[extend] useDefault = true` keeps credlint's rules).
package hardcodedsecret
