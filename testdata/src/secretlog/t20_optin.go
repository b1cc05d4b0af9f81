package secretlog

import "log/slog"

// mochi-mqtt's debug hook: the CONNECT packet's password goes into the
// logged fields only when the hook's user asked for it with ShowPasswords.
// A print that an option named for showing the secret guards is the
// option's purpose.
type debugOptions struct {
	ShowPasswords bool
	LogSecrets    bool
	Verbose       bool
	ShowPings     bool
	ShowPassword  bool
}

type connectPacket struct {
	Username string
	Password string
}

type debugHook struct {
	log    *slog.Logger
	config *debugOptions
}

func (h *debugHook) packetMeta(pk connectPacket) map[string]any {
	m := map[string]any{}
	m["username"] = pk.Username
	if h.config.ShowPasswords {
		m["password"] = pk.Password
	}
	return m
}

func (h *debugHook) onPacketRead(pk connectPacket) {
	h.log.Debug("CONNECT", "m", h.packetMeta(pk))
	if h.config.LogSecrets && pk.Password != "x" {
		h.log.Debug("password", "pw", pk.Password)
	}
}

// Still reported: a guard that does not name the secret, that says not to
// show it, or that asks to see one value (on the terminal: see
// t9_handover.go), not for a policy over every password.
func (h *debugHook) verboseMeta(pk connectPacket) map[string]any {
	m := map[string]any{}
	if h.config.Verbose {
		m["password"] = pk.Password
	}
	return m
}

func (h *debugHook) onPacketSent(pk connectPacket) {
	h.log.Debug("CONNECT", "m", h.verboseMeta(pk)) // want `credential verboseMeta\(\) reaches a log line via h.log.Debug`
	if !h.config.ShowPasswords {
		h.log.Debug("password", "pw", pk.Password) // want `credential Password reaches a log line via h.log.Debug`
	}
	if h.config.ShowPings {
		h.log.Debug("password", "pw", pk.Password) // want `credential Password reaches a log line via h.log.Debug`
	}
	if h.config.ShowPassword {
		h.log.Debug("password", "pw", pk.Password) // want `credential Password reaches a log line via h.log.Debug`
	}
}

// An option about something else than logging secrets (LogTokenRefresh,
// ExposeTokenEndpoint), or a function literal that runs whenever it is
// called, not under the option, stays a sink.
type refreshOptions struct {
	LogTokenRefresh     bool
	ExposeTokenEndpoint bool
	LogSecrets          bool
}

func (h *debugHook) refresh(o *refreshOptions, accessToken string) func() {
	if o.LogTokenRefresh {
		h.log.Info("refreshed", "token", accessToken) // want `credential accessToken reaches a log line via h.log.Info`
	}
	if o.ExposeTokenEndpoint {
		h.log.Info("endpoint", "token", accessToken) // want `credential accessToken reaches a log line via h.log.Info`
	}
	if o.LogSecrets {
		return func() {
			h.log.Info("later", "token", accessToken) // want `credential accessToken reaches a log line via h.log.Info`
		}
	}
	return nil
}

// The opt-in covers every leak of a log line under it, a URL carrying the
// token too (a copy of the review's scratch case).
func (h *debugHook) logURL(o *refreshOptions, base, apiKey string) {
	u := base + "/v1?api_key=" + apiKey
	if o.LogSecrets {
		h.log.Info("calling", "url", u)
		h.log.Info("calling", "key", apiKey)
	}
}
