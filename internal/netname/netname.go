// Package netname does, on strings, the few things credlint's checks need
// from packages net and net/textproto: split a port off a host, tell an IP
// address, canonicalise a header name.
//
// Those packages would link the system resolver, which with cgo makes the
// binary dynamically linked: about 1.7 ms more at every start of a process,
// and go vet starts one per package, dependencies included.
package netname

import (
	"net/netip"
	"strings"
)

// Host drops the port of host:port or [host]:port, as net.SplitHostPort
// does; a bare IPv6 address and a host without a port stay whole.
func Host(hostport string) string {
	if rest, ok := strings.CutPrefix(hostport, "["); ok {
		if h, _, ok := strings.Cut(rest, "]"); ok {
			return h
		}
		return hostport
	}
	if strings.Count(hostport, ":") == 1 {
		h, _, _ := strings.Cut(hostport, ":")
		return h
	}
	return hostport
}

// IP returns the address s spells (IPv4, IPv6, an IPv4-mapped IPv6 address
// unmapped), if it is one.
func IP(s string) (netip.Addr, bool) {
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return ip.Unmap(), true
}

// Local reports whether host:port names this machine: localhost (or a
// name under .localhost), a loopback, link-local or unspecified address.
func Local(hostport string) bool {
	host := strings.Trim(strings.ToLower(Host(hostport)), "[]")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	if ip, ok := IP(host); ok {
		return ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsUnspecified()
	}
	return false
}

// CanonicalHeaderKey returns the canonical form of a header name, as
// textproto.CanonicalMIMEHeaderKey does: the first letter and every letter
// after a hyphen upper case, the rest lower case; a name holding a byte
// that is not a token character is returned as it is.
func CanonicalHeaderKey(s string) string {
	for i := 0; i < len(s); i++ {
		if !isToken(s[i]) {
			return s
		}
	}
	b := []byte(s)
	upper := true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case !upper && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
		upper = c == '-'
	}
	return string(b)
}

// isToken reports whether c may appear in a header name (RFC 7230 tchar).
func isToken(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}
