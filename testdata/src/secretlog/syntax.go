package secretlog

import (
	"fmt"
	"strings"
	"text/scanner"
)

// A parser's or a scanner's token is a lexeme, not a credential
// (go/internal/gccgoimporter, internal/trace/raw in the standard library).

type parser struct {
	tok   string
	token string
}

func (p *parser) TokenString() string { return p.tok }

func (p *parser) errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

func (p *parser) expect(want string) error {
	return p.errorf("expected %s, got %s (%s)", want, p.TokenString(), p.token)
}

type textReader struct{ token string }

func (r *textReader) readToken() string { return r.token }

func (r *textReader) fail() error {
	return fmt.Errorf("bad token %q", r.readToken())
}

// A tokenizer function of the package, as in internal/trace/raw.
func readToken(line string) (token, rest string) {
	token, rest, _ = strings.Cut(line, " ")
	return token, rest
}

func parseLine(line string) error {
	tok, _ := readToken(line)
	return fmt.Errorf("unknown event %q (token %q)", line, tok)
}

// text/scanner's TokenString names a token kind.
func scanError(tok rune) error {
	return fmt.Errorf("unexpected %s", scanner.TokenString(tok))
}

// A token stream that holds a scanner, as in x/tools' internal/expect.
type tokens struct {
	scanner scanner.Scanner
	token   string
}

func (t *tokens) TokenString() string { return scanner.TokenString(t.scanner.Peek()) }

func (t *tokens) Errorf(msg string, args ...any) error { return fmt.Errorf(msg, args...) }

func (t *tokens) unexpected() error {
	return t.Errorf("unexpected %s (%s)", t.TokenString(), t.token)
}

// An API client's token is still a credential.
type apiClient struct{ token string }

func (c *apiClient) loadToken() string { return c.token }

func (c *apiClient) options() []option { return []option{withToken(c.token)} }

type option func()

func withToken(t string) option { return func() {} }

func (c *apiClient) fail() error {
	return fmt.Errorf("bad token %q", c.loadToken()) // want `credential loadToken\(\) reaches an error message via fmt.Errorf`
}
