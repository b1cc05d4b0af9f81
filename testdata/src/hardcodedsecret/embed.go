package hardcodedsecret

import _ "embed"

// Embedded files ship in the binary: their lines are matched like a text
// file, and the finding names the file and line.
//
//go:embed testdata/app.env
var appEnv string // want `"sk_live_Rb5T…" in embedded file testdata/app.env:3: .*credlint-stripe-live-key`

// A file without keys, and one with only placeholders, say nothing.
//
//go:embed testdata/clean.env
var cleanEnv string
