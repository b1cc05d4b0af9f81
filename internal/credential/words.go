package credential

// SplitWords lowercases a name or phrase and splits it into words as the
// model reads names: at case changes, digits and punctuation
// ("RequestLimitExceeded" -> request limit exceeded, "rate_limited" ->
// rate limited). For the checks that read names outside the model.
func SplitWords(s string) []string { return splitWords(s) }
