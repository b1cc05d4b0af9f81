// Package successhelper is line-bot-sdk-go's shape: every API call hands
// the response to a decoder whose checkResponse tests success through a
// helper (`if isSuccess(res.StatusCode) { return nil }`, isSuccess
// returning code/100 == 2) and turns every other status into an
// *APIError{Code}: the caller tells 429 apart with errors.As. The content
// download's other error is a failed copy of the body (io.Copy), not a
// status. Silent.
package successhelper

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

const APIEndpointBase = "https://api.messaging-saas.io"

type Client struct {
	channelToken string
	httpClient   *http.Client
}

type APIError struct {
	Code     int
	Response *ErrorResponse
}

type ErrorResponse struct {
	Message string `json:"message"`
}

func (e *APIError) Error() string { return fmt.Sprintf("linebot: APIError %d", e.Code) }

func (c *Client) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.channelToken)
	return c.httpClient.Do(req.WithContext(ctx))
}

func (c *Client) get(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, APIEndpointBase+endpoint, nil)
	if err != nil {
		return nil, err
	}
	return c.do(ctx, req)
}

func isSuccess(code int) bool {
	return code/100 == 2
}

func checkResponse(res *http.Response) error {
	if isSuccess(res.StatusCode) {
		return nil
	}
	result := ErrorResponse{}
	if err := json.NewDecoder(res.Body).Decode(&result); err != nil {
		return &APIError{Code: res.StatusCode}
	}
	return &APIError{Code: res.StatusCode, Response: &result}
}

type Profile struct {
	DisplayName string `json:"displayName"`
}

func decodeToProfile(res *http.Response) (*Profile, error) {
	if err := checkResponse(res); err != nil {
		return nil, err
	}
	var p Profile
	if err := json.NewDecoder(res.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

func closeResponse(res *http.Response) error {
	defer res.Body.Close()
	_, err := io.Copy(io.Discard, res.Body)
	return err
}

func (c *Client) GetProfile(ctx context.Context, userID string) (*Profile, error) {
	res, err := c.get(ctx, "/v2/bot/profile/"+userID)
	if err != nil {
		return nil, err
	}
	defer closeResponse(res)
	return decodeToProfile(res)
}

func (c *Client) GetGroupMemberProfile(ctx context.Context, groupID, userID string) (*Profile, error) {
	res, err := c.get(ctx, "/v2/bot/group/"+groupID+"/member/"+userID)
	if err != nil {
		return nil, err
	}
	defer closeResponse(res)
	return decodeToProfile(res)
}

type Content struct {
	Body        []byte
	ContentType string
}

func decodeToContent(res *http.Response) (*Content, error) {
	if err := checkResponse(res); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, res.Body); err != nil {
		return nil, err
	}
	return &Content{Body: buf.Bytes(), ContentType: res.Header.Get("Content-Type")}, nil
}

func (c *Client) GetMessageContent(ctx context.Context, messageID string) (*Content, error) {
	res, err := c.get(ctx, "/v2/bot/message/"+messageID+"/content")
	if err != nil {
		return nil, err
	}
	defer closeResponse(res)
	return decodeToContent(res)
}
