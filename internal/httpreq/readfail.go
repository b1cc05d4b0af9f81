package httpreq

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// readGuards returns the if statements of body that test for a missing
// response (noResponse) or the error of reading or decoding a body: `if err := json.NewDecoder(resp.Body).Decode(&e);
// err != nil`, or an err the statement before the if set (`raw, err :=
// io.ReadAll(resp.Body)`). Their returns hand over a failed read, not the
// status: in a branch on an error status, the branch's other returns say
// whether the status is kept (langchaingo's maritacaclient returns the
// decoder's error, else a StatusError with the status).
func (r *Result) readGuards(body ast.Node) map[*ast.IfStmt]bool {
	if g, ok := r.guards[body]; ok {
		return g
	}
	var g map[*ast.IfStmt]bool
	check := func(list []ast.Stmt) {
		for i, st := range list {
			ifs, ok := st.(*ast.IfStmt)
			if !ok {
				continue
			}
			var prev ast.Stmt
			if i > 0 {
				prev = list[i-1]
			}
			if r.readFailure(ifs, prev) || r.noResponse(ifs.Cond) {
				if g == nil {
					g = make(map[*ast.IfStmt]bool)
				}
				g[ifs] = true
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			check(n.List)
		case *ast.CaseClause:
			check(n.Body)
		case *ast.CommClause:
			check(n.Body)
		}
		return true
	})
	if r.guards == nil {
		r.guards = make(map[ast.Node]map[*ast.IfStmt]bool)
	}
	r.guards[body] = g
	return g
}

// noResponse reports whether cond tests that a response is missing (resp
// == nil): the branch has no status to keep or lose (minio-go's
// httpRespToErrorResponse returns errInvalidArgument there, and an
// ErrorResponse{StatusCode: resp.StatusCode} for every status).
func (r *Result) noResponse(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return false
	}
	x, y := b.X, b.Y
	if isNil(r.info, x) {
		x, y = y, x
	}
	return isNil(r.info, y) && isResponse(r.info.TypeOf(x))
}

// readFailure reports whether ifs tests `err != nil` for an err that its
// init statement, or prev, sets from a read or decode of a body.
// The test may also ask whether the decode found nothing (`err != nil ||
// apiError.Errors == nil`, clerk-sdk-go's handleError, clerk.go:371): an
// error body that is no API error document, such as a proxy's page.
func (r *Result) readFailure(ifs *ast.IfStmt, prev ast.Stmt) bool {
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	for ok && cond.Op == token.LOR && r.decodedNothing(cond.Y) {
		cond, ok = ast.Unparen(cond.X).(*ast.BinaryExpr)
	}
	if !ok || cond.Op != token.NEQ || !isNil(r.info, cond.Y) {
		return false
	}
	id, ok := ast.Unparen(cond.X).(*ast.Ident)
	if !ok {
		return false
	}
	v := r.info.Uses[id]
	for _, st := range []ast.Stmt{ifs.Init, prev} {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		last, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
		if !ok || r.info.ObjectOf(last) != v {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		return ok && readsBody(calleeFunc(r.info, call))
	}
	return false
}

// readsBody reports whether fn reads or decodes a body: io.ReadAll,
// io.Copy (line-bot-sdk-go's content download copies it into a buffer),
// json.Unmarshal, (*json.Decoder).Decode, and their xml and drop-in JSON
// packages' twins (goccy/go-json).
func readsBody(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	path := pkgPath(fn)
	switch fn.Name() {
	case "ReadAll":
		return path == "io" || path == "io/ioutil"
	case "Copy", "CopyN":
		return path == "io"
	case "Unmarshal", "Decode":
		return path == "encoding/xml" || strings.Contains(path, "json")
	}
	return false
}

// decodedNothing reports whether e tests a decoded value for nothing
// (x.Errors == nil, len(x.Errors) == 0, x.Message == ""), not the
// response's status.
func (r *Result) decodedNothing(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return false
	}
	x := ast.Unparen(b.X)
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
			x = ast.Unparen(call.Args[0])
		}
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name == "StatusCode" || sel.Sel.Name == "Status" {
		return false
	}
	if isNil(r.info, b.Y) {
		return true
	}
	tv, ok := r.info.Types[b.Y]
	return ok && tv.Value != nil && (tv.Value.String() == "0" || tv.Value.String() == `""`)
}
