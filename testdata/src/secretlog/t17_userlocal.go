package secretlog

import (
	"log"
	"net/url"
)

// nats.go's Conn keeps each server's URL in a field and reads its password
// through a local Userinfo in connectProto (u := nc.current.URL.User;
// pass, _ = u.Password()), so printing that URL (ConnectedUrl) prints it.
type natsServer struct{ URL *url.URL }

type natsConn struct{ current *natsServer }

func (nc *natsConn) connectProto() (user, pass string) {
	u := nc.current.URL.User
	if u != nil {
		user = u.Username()
		pass, _ = u.Password()
	}
	return user, pass
}

func (nc *natsConn) reconnected() {
	log.Printf("reconnected [%s]", nc.current.URL)            // want `URL nc.current.URL holds a password`
	log.Printf("reconnected [%s]", nc.current.URL.Redacted()) // the password starred out
}

// The look-alike: the local user info is asked only whether a password is
// set, and the URL printed holds none the package reads.
type plainServer struct{ URL *url.URL }

type plainConn struct{ current *plainServer }

func (c *plainConn) hasPassword() bool {
	u := c.current.URL.User
	_, set := u.Password()
	return set
}

func (c *plainConn) reconnected() {
	log.Printf("reconnected [%s]", c.current.URL)
}
