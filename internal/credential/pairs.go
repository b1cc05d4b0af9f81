package credential

import "go/types"

// PublicHalf reports whether field v is the public half of a client
// key/secret pair: OAuth libraries name the client ID ClientKey, AppKey
// or ConsumerKey beside the client's Secret (goth's providers, OAuth 1's
// consumer key and secret). That ID travels in authorize URLs by design;
// the secret beside it is the credential. A client key with no secret
// beside it (a TLS client certificate's private key) stays a credential.
func (ev *Evidence) PublicHalf(v *types.Var) bool {
	if !v.IsField() || v.Pkg() == nil || !pairedKeyName(v.Name()) {
		return false
	}
	// Analyzers of one package share the evidence and run in parallel.
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.halves == nil {
		ev.halves = map[*types.Var]bool{}
	}
	if h, ok := ev.halves[v]; ok {
		return h
	}
	h := false
	scope := v.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if s, ok := tn.Type().Underlying().(*types.Struct); ok && hasField(s, v) {
			h = hasSecretSibling(s)
			break
		}
	}
	ev.halves[v] = h
	return h
}

// pairedKeyName reports whether name is clientKey, appKey or consumerKey:
// the names a key/secret pair gives its ID.
func pairedKeyName(name string) bool {
	w := splitWords(name)
	return len(w) == 2 && pairQualifier(w[0]) && w[1] == "key"
}

func pairQualifier(w string) bool {
	switch w {
	case "client", "app", "consumer":
		return true
	}
	return false
}

func hasField(s *types.Struct, v *types.Var) bool {
	for f := range s.Fields() {
		if f == v {
			return true
		}
	}
	return false
}

// hasSecretSibling reports whether s has a field named Secret,
// ClientSecret, AppSecret or ConsumerSecret.
func hasSecretSibling(s *types.Struct) bool {
	for f := range s.Fields() {
		w := splitWords(f.Name())
		switch {
		case len(w) == 1 && w[0] == "secret",
			len(w) == 2 && pairQualifier(w[0]) && w[1] == "secret":
			return true
		}
	}
	return false
}
