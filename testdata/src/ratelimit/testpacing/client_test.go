package testpacing

import (
	"context"
	"testing"
	"time"
)

func TestJobs(t *testing.T) {
	c := &Client{}
	for i := 0; i < 3; i++ {
		if _, err := c.Jobs(context.Background()); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond) // waits for the test server
	}
}

func TestNodes(t *testing.T) {
	c := &Client{}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	<-tick.C
	c.Nodes(context.Background())
}
