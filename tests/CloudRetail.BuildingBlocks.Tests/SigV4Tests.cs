using System.Text;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.BuildingBlocks.Tests;

/// <summary>
/// The signer against AWS's published Signature Version 4 test suite, byte for byte. Expected
/// signatures are copied from AWS's own sources, never computed here:
/// - aws/aws-sdk-js-v3, packages/signature-v4/src/suite.fixture.ts (the suite AWS's JS SDK is tested with);
/// - awslabs/aws-c-auth, tests/aws-signing-test-suite/v4/get-vanilla-with-session-token (context.json, header-signed-request.txt);
/// - AWS General Reference, "Signed Signature Version 4 Requests Examples" and "Task 3: Calculate the
///   Signature" (docs.aws.amazon.com/general/latest/gr/sigv4-signed-request-examples.html, sigv4-calculate-signature.html).
/// </summary>
public sealed class SigV4Tests
{
    private static readonly AwsKeys SuiteKeys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private const string Host = "https://example.amazonaws.com";
    private const string Unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static TheoryData<string, string, string, string[], string, string> SuiteCases => new()
    {
        // name, method, url, headers ("name:value", in sending order), body, expected signature
        { "get-vanilla", "GET", "/", [], "", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "get-unreserved", "GET", "/" + Unreserved, [], "", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f" },
        { "get-header-key-duplicate", "GET", "/", ["My-Header1:value2", "My-Header1:value2", "My-Header1:value1"], "", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea" },
        { "get-header-value-order", "GET", "/", ["My-Header1:value4", "My-Header1:value1", "My-Header1:value3", "My-Header1:value2"], "", "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01" },
        { "get-header-value-trim", "GET", "/", ["My-Header1: value1", "My-Header2: \"a   b   c\""], "", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736" },
        { "get-vanilla-empty-query-key", "GET", "/?Param1=value1", [], "", "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb" },
        { "get-vanilla-query-order-key-case", "GET", "/?Param2=value2&Param1=value1", [], "", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500" },
        { "get-vanilla-query-unreserved", "GET", $"/?{Unreserved}={Unreserved}", [], "", "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197" },
        { "get-vanilla-utf8-query", "GET", "/?\u1234=bar", [], "", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04" },
        { "post-vanilla", "POST", "/", [], "", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
        { "post-header-key-sort", "POST", "/", ["My-Header1:value1"], "", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c" },
        { "post-header-value-case", "POST", "/", ["My-Header1:VALUE1"], "", "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d" },
        { "post-vanilla-query", "POST", "/?Param1=value1", [], "", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11" },
        { "post-vanilla-query-nonunreserved", "POST", "/?%40%23%24%25%5E=&%2B=%2F%2C%3F%3E%3C%60%22%3B%3A%5C%7C%5D%5B%7B%7D", [], "", "66c82657c86e26fb25238d0e69f011edc4c6df5ae71119d7cb98ed9b87393c1e" },
        { "post-vanilla-query-space", "POST", "/?p=", [], "", "e71688addb58a26418614085fb730ba3faa623b461c17f48f2fbdb9361b94a9b" },
        { "post-x-www-form-urlencoded", "POST", "/", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a" },
        { "post-x-www-form-urlencoded-parameters", "POST", "/", ["Content-Type:application/x-www-form-urlencoded; charset=utf8"], "Param1=value1", "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe" },
    };

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Signs_each_published_suite_request_as_aws_does(string name, string method, string url, string[] headers, string body, string expected)
    {
        var signed = Sign(method, Host + url, headers, body, SuiteKeys);

        Assert.True(expected == signed.Signature, $"{name}: expected {expected}, got {signed.Signature}\n{signed.CanonicalRequest}");
    }

    [Fact]
    public void The_authorization_header_names_the_scope_and_the_signed_headers()
    {
        var signed = Sign("GET", Host + "/", [], "", SuiteKeys);

        Assert.Equal("20150830T123600Z", signed.AmzDate);
        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
            + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signed.Authorization);
        Assert.Null(signed.SecurityToken);
    }

    [Fact]
    public void A_body_is_hashed_into_the_canonical_request()
    {
        var signed = Sign("POST", Host + "/", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1", SuiteKeys);

        // The payload hash of Param1=value1 as aws-c-auth's post-x-www-form-urlencoded request carries it.
        Assert.Equal(
            "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
            + "content-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
            signed.CanonicalRequest);
        Assert.StartsWith("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n", signed.StringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_token_is_signed_and_sent_post_sts_header_before()
    {
        const string token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

        var signed = Sign("POST", Host + "/", [], "", SuiteKeys with { SessionToken = token });

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, "
            + "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead", signed.Authorization);
        Assert.Equal(token, signed.SecurityToken);
    }

    [Fact]
    public void A_session_token_is_signed_and_sent_aws_c_auth_get_vanilla_with_session_token()
    {
        const string token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";

        var signed = Sign("GET", Host + "/", [], "", SuiteKeys with { SessionToken = token });

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, "
            + "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8", signed.Authorization);
        Assert.Equal(token, signed.SecurityToken);
    }

    [Fact]
    public void Signs_the_iam_list_users_example_of_the_aws_general_reference()
    {
        var signed = SigV4.Sign(HttpMethod.Post, new Uri("http://iam.amazonaws.com/"),
            [new("Content-type", "application/x-www-form-urlencoded; charset=utf-8")],
            "Action=ListUsers&Version=2010-05-08"u8, SuiteKeys, "us-east-1", "iam", new DateTimeOffset(2011, 9, 9, 23, 36, 0, TimeSpan.Zero));

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20110909/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c", signed.Authorization);
    }

    [Fact]
    public void Derives_the_signing_key_the_aws_general_reference_shows()
    {
        var key = SigV4.SigningKey(SuiteKeys.SecretAccessKey, "20110909", "us-east-1", "iam");

        // The page prints the key's bytes as \x98\xf1\xd8\x89\xfe\xc4\xf4B\x1a\xdcR+\xab\x0c\xe1\xf8.i)\xc2b\xed...
        Assert.StartsWith("98f1d889fec4f4421adc522bab0ce1f82e6929c262ed", Convert.ToHexStringLower(key), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_escaped_on_the_wire_is_escaped_once_more_as_aws_requires_outside_s3()
    {
        var signed = Sign("GET", Host + "/v2/email/templates/a%20b", [], "", SuiteKeys);

        Assert.StartsWith("GET\n/v2/email/templates/a%2520b\n", signed.CanonicalRequest, StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_never_appears_in_what_is_sent_or_printed()
    {
        var signed = Sign("GET", Host + "/", [], "", SuiteKeys);

        Assert.DoesNotContain(SuiteKeys.SecretAccessKey, signed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SuiteKeys.SecretAccessKey, SuiteKeys.ToString(), StringComparison.Ordinal);
    }

    private static SigV4Signature Sign(string method, string url, string[] headers, string body, AwsKeys keys) =>
        SigV4.Sign(new HttpMethod(method), new Uri(url),
            headers.Select(h => new KeyValuePair<string, string>(h[..h.IndexOf(':', StringComparison.Ordinal)], h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..])),
            Encoding.UTF8.GetBytes(body), keys, "us-east-1", "service", SuiteTime);
}
