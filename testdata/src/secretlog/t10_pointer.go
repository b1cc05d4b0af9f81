package secretlog

import (
	"fmt"
	"log"
)

// fmt prints a pointer to a string or a number as its address
// (mongo-driver's OIDC test checks that args.RefreshToken, a *string, is
// nil and prints it with %v); the value behind it is printed only when
// dereferenced.
type oidcArgs struct {
	RefreshToken *string
}

func checkFirstCall(args *oidcArgs) error {
	if args.RefreshToken != nil {
		return fmt.Errorf("expected RefreshToken to be nil, got %v", args.RefreshToken)
	}
	log.Println("refresh token pointer", args.RefreshToken)
	return nil
}

func checkSecondCall(args *oidcArgs) error {
	if args.RefreshToken != nil {
		return fmt.Errorf("unexpected refresh token %v", *args.RefreshToken) // want `credential RefreshToken reaches an error message`
	}
	return nil
}
