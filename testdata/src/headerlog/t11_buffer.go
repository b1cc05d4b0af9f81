package headerlog

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

type wireLog struct{ out bytes.Buffer }

// Headers copied into a buffer, then logged: the buffer's text shows them.
func bufferedHeaders(req *http.Request, w io.Writer, wl *wireLog) {
	var buf bytes.Buffer
	for k, vs := range req.Header {
		for _, v := range vs {
			buf.WriteString(k + ": " + v + "\n")
		}
	}
	log.Print(buf.String()) // want `buf.String\(\) \(a value of req.Header\) reaches a log line via log.Print`

	var sb strings.Builder
	for k, v := range req.Header {
		fmt.Fprintf(&sb, "%s=%s;", k, strings.Join(v, ","))
	}
	log.Println(sb.String()) // want `sb.String\(\) \(a value of req.Header\) reaches a log line`

	out := new(bytes.Buffer)
	for k, v := range req.Header {
		out.Write([]byte(k + "=" + strings.Join(v, ",")))
	}
	log.Printf("%s", out.Bytes()) // want `out.Bytes\(\) \(a value of req.Header\)`

	// Only the names, another buffer, a field or an interface: silent.
	var names strings.Builder
	for k := range req.Header {
		names.WriteString(k + " ")
	}
	log.Print(names.String())
	var other bytes.Buffer
	other.WriteString(req.Method)
	log.Print(other.String())
	for _, v := range req.Header {
		wl.out.WriteString(strings.Join(v, ","))
		w.Write([]byte(strings.Join(v, ",")))
		fmt.Fprintln(w, v)
	}
	log.Print(wl.out.String())
	var resp http.Response
	var rb bytes.Buffer
	for k, v := range resp.Header {
		fmt.Fprintf(&rb, "%s=%v", k, v)
	}
	log.Print(rb.String())
}
