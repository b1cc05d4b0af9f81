package credential

import (
	"go/parser"
	"strings"
	"testing"
)

func TestShowExpr(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`tok`, `tok`},
		{`c.cfg.Token`, `c.cfg.Token`},
		{`base + "/v1/me?api_key=" + k`, `base + "/v1/me?api_key=" + k`},
		{`"https://admin:Sup3rS3cretPassw0rd@db.internal/x?t=" + tok`, `"https://admin:Sup3…@db.internal/x?t=" + tok`},
		{`f("x=sk_live_51NzAbCdEfGhIjKlMnOpQrStUvWx", y)`, `f("x=sk_live_51Nz…", y)`},
		{"g(`postgres://u:hunter2hunter2@h/db`)", `g("postgres://u:hun…@h/db")`},
		{`"github.com/credlint/credlint/internal"`, `"github.com/credlint/credlint/internal"`},
		{`"ALLCAPS_LETTERS_ONLY_WORD_HERE"`, `"ALLCAPS_LETTERS_ONLY_WORD_HERE"`},
	} {
		e, err := parser.ParseExpr(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		got := ShowExpr(e)
		if got != tc.want {
			t.Errorf("ShowExpr(%s) = %s, want %s", tc.src, got, tc.want)
		}
		for _, secret := range []string{"Sup3rS3cretPassw0rd", "sk_live_51NzAbCdEf", "hunter2hunter2"} {
			if strings.Contains(got, secret) {
				t.Errorf("ShowExpr(%s) = %s shows %s", tc.src, got, secret)
			}
		}
	}
}
