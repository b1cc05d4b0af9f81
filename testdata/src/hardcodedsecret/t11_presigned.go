package hardcodedsecret

// A presigned URL names its signing key by ID (X-Amz-Credential): the ID
// is no secret, and the signature beside it expires (go-binance's and
// spotify's tests record such URLs from API responses).
var presignedObject = "https://bucket.s3.ap-northeast-1.amazonaws.com/data.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIADFHYUAMN7TNLEGMQ%2F20230925%2Fap-northeast-1%2Fs3%2Faws4_request&X-Amz-Expires=300"

var legacyPresigned = "https://bucket.s3.amazonaws.com/data.tar.gz?AWSAccessKeyId=AKIADFHYUAMN7TNLEGMR&Expires=1695600000"

// Under any other parameter, or alone, the key is reported as before.
var keyInQuery = "https://api.example.com/v1?aws_key=AKIADFHYUAMN7TNLEGMS" // want `rule aws-access-token`
