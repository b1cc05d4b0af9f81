package secretlog

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// croc: the code phrase is what the sender must read out to the receiver.
// The package copies it to the clipboard, so the terminal message that
// shows it is the hand-over, and so is everything shown with it.

type shareOptions struct {
	SharedSecret string
	MasterKey    []byte
}

type sharer struct{ Options shareOptions }

func copyToClipboard(text string, quiet bool) {}

func (c *sharer) announce(flags *strings.Builder) {
	fmt.Fprintf(os.Stderr, "Code is: %[1]s\n\nOn the other computer run:\n    croc %[2]s%[1]s\n", c.Options.SharedSecret, flags.String())
	clipboardText := c.Options.SharedSecret
	if flags.Len() > 0 {
		clipboardText = fmt.Sprintf("CROC_SECRET=%q croc %s", c.Options.SharedSecret, flags.String())
	}
	copyToClipboard(clipboardText, false)
}

// A logger is no hand-over: the same secret in a log line is a leak.
func (c *sharer) debug() {
	log.Printf("secret %s", c.Options.SharedSecret) // want `credential SharedSecret reaches a log line via log.Printf`
}

func (c *sharer) shareLink() string { return "https://croc.example/s#" + string(c.Options.MasterKey) }

func (c *sharer) cliToken() string { return "croc1." + string(c.Options.MasterKey) }

func showQRCode(link string) {}

// croc's stored transfer: the link goes to the clipboard and a QR code,
// the token printed with it is part of the same message.
func (c *sharer) stored() {
	link := c.shareLink()
	token := c.cliToken()
	fmt.Fprintf(os.Stderr, "Browser link:\n    %s\nCLI recipient, paste this token:\n    %s\n", link, token)
	copyToClipboard(link, false)
	showQRCode(link)
}

// A print that shows nothing handed over is still a leak, even in a
// function that uses the clipboard.
func (c *sharer) verbose() {
	fmt.Fprintf(os.Stderr, "token %s\n", c.cliToken()) // want `credential cliToken\(\) reaches a log line via fmt.Fprintf`
	copyToClipboard("done", false)
}

// A password printed where nothing is handed to the user is reported.
type relayOptions struct{ RelayPassword string }

func printRelay(o relayOptions) {
	fmt.Printf("relay password: %s\n", o.RelayPassword) // want `credential RelayPassword reaches a log line via fmt.Printf`
}
