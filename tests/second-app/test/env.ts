// Each test file gets its own process.env copy from jest: the values the second app runs with.
process.env.PAYLOAD_SECRET ||= 'second-app-test-secret'
// Payload logs every 4xx it answers as an error; the tests assert on those answers instead.
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
process.env.NEXT_TELEMETRY_DISABLED = '1'
