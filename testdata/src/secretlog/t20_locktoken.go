package secretlog

import (
	"context"
	"log"
	"net/http"
	"net/url"
)

// Proxmox VE's SDN lock token (go-proxmox's cluster_sdn_misc.go): a lock
// id that DELETE /cluster/sdn/lock takes as ?lock-token=, printed by the
// client's debug line with the path. It authenticates nobody.
type sdnLockToken string

type pveClient struct{ base string }

func (c *pveClient) delete(ctx context.Context, path string) error {
	log.Printf("SEND: DELETE %s", path)
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, c.base+path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func (c *pveClient) releaseLock(ctx context.Context, token sdnLockToken) error {
	path := "/cluster/sdn/lock"
	q := url.Values{}
	if token != "" {
		q.Set("lock-token", string(token))
	}
	if len(q) > 0 {
		path = path + "?" + q.Encode()
	}
	return c.delete(ctx, path)
}

// The same client given a credential under a parameter named for one.
func (c *pveClient) withTicket(ctx context.Context, ticket string) error {
	q := url.Values{}
	q.Set("auth_token", ticket)
	return c.delete(ctx, "/access?"+q.Encode()) // want `URL "/access\?" \+ q.Encode\(\) carries a credential, ticket \(as auth_token=\), and reaches a log line via c.delete`
}
