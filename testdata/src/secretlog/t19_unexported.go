package secretlog

import "log/slog"

// A structured logger may encode a value by reflection, which follows
// pointers but, like encoding/json, leaves unexported fields out; fmt
// prints a nested pointer as an address. What sits behind an unexported
// pointer field is shown by neither (livekit server-sdk-go's
// engine.go:1055 logs a webrtc.SessionDescription, whose unexported
// parsed *sdp.SessionDescription holds an EncryptionKey, with Debugw).
type sdpEncryptionKey string

type sdpParsed struct{ EncryptionKey *sdpEncryptionKey }

type sessionDescription struct {
	Type   string
	SDP    string
	parsed *sdpParsed
}

type keyedOffer struct {
	Type   string
	Parsed *sdpParsed
}

type inlineOffer struct {
	Type   string
	parsed sdpParsed
}

type basicCreds struct{ User, Password string }

type amqpConn struct {
	Host  string
	creds basicCreds
}

func logDescriptions(answer sessionDescription, offer keyedOffer, inline inlineOffer, c amqpConn) {
	slog.Debug("sending answer", "answer", answer) // silent: behind an unexported pointer
	slog.Debug("offer", "offer", inline)           // silent: an encoder skips parsed, fmt prints its pointer as an address
	slog.Debug("offer", "offer", offer)            // want `offer is printed whole, with its credential field Parsed.EncryptionKey`
	slog.Debug("conn", "conn", c)                  // want `c is printed whole, with its credential field creds.Password`
}
