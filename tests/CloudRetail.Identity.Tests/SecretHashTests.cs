using CloudRetail.Identity.Cognito;

namespace CloudRetail.Identity.Tests;

public sealed class SecretHashTests
{
    // Expected values computed outside .NET, with Python's hmac module:
    // base64.b64encode(hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest())
    [Theory]
    [InlineData("shopper@example.com", "3n4b5urk1ft4fl3mg5e62d9ado", "19vmdfmn6q9v2mm5tm3vdthqp4k2k4aqkt8v5ulbtcre5qmrmvuh", "qEhPDmpDrqdPqC4tPKowGeXo+0HSyWIJ0IeoBjc2ILI=")]
    [InlineData("7b2c1c7e-2f0a-4c8e-9a3b-6f1d2e3c4b5a", "abc", "secret", "XxHunPE4eBjw0wRu8e2yObcI8Gk4/4IMEGGBb91/FWE=")]
    public void Secret_hash_is_base64_hmac_sha256_of_username_and_client_id_keyed_with_the_secret(string username, string clientId, string secret, string expected)
    {
        Assert.Equal(expected, SecretHash.For(username, clientId, secret));
    }

    [Fact]
    public void Username_and_client_id_are_not_interchangeable()
    {
        Assert.NotEqual(SecretHash.For("a", "b", "k"), SecretHash.For("b", "a", "k"));
    }
}
