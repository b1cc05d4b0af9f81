package netname

import (
	"net"
	"net/textproto"
	"testing"
)

// The functions agree with the packages they stand in for.

func TestHost(t *testing.T) {
	for _, s := range []string{
		"example.com", "example.com:8080", "127.0.0.1", "127.0.0.1:80",
		"[::1]:443", "[::1]", "::1", "fe80::1%eth0", "[fe80::1%eth0]:80", "host:", ":80", "",
	} {
		want := s
		if h, _, err := net.SplitHostPort(s); err == nil {
			want = h
		} else if len(s) > 1 && s[0] == '[' && s[len(s)-1] == ']' {
			want = s[1 : len(s)-1] // no port: SplitHostPort fails, callers trim the brackets
		}
		if got := Host(s); got != want {
			t.Errorf("Host(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIP(t *testing.T) {
	for _, s := range []string{"127.0.0.1", "::1", "::ffff:10.0.0.1", "2001:db8::1", "example.com", "1.2.3", "", "localhost"} {
		ip, ok := IP(s)
		want := net.ParseIP(s)
		if ok != (want != nil) {
			t.Errorf("IP(%q) ok = %v, net.ParseIP = %v", s, ok, want)
			continue
		}
		if ok && (ip.IsLoopback() != want.IsLoopback() || ip.IsPrivate() != want.IsPrivate()) {
			t.Errorf("IP(%q) = %v, net.ParseIP = %v", s, ip, want)
		}
	}
}

func TestCanonicalHeaderKey(t *testing.T) {
	for _, s := range []string{
		"authorization", "AUTHORIZATION", "x-api-key", "X-API-KEY", "x-system-id", "Content-Type",
		"x--double", "-lead", "trail-", "x_api_key", "with space", "ünïcode", "", "a", "X-Amz-Date", "x.y-z",
	} {
		if got, want := CanonicalHeaderKey(s), textproto.CanonicalMIMEHeaderKey(s); got != want {
			t.Errorf("CanonicalHeaderKey(%q) = %q, textproto says %q", s, got, want)
		}
	}
}
