using System.Diagnostics;
using System.Net;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Identity.Security;

namespace CloudRetail.Identity.Tests;

/// <summary>The failed-login counts under an attack from many addresses: bounded memory, constant
/// cost a failure, and the accounts and addresses already held back stay held back.</summary>
public sealed class LoginFailureLimitTests
{
    [Fact]
    public async Task Failures_from_a_hundred_thousand_addresses_keep_memory_bounded_and_the_held_account_held()
    {
        var counts = new MemoryClientCounts(TimeProvider.System);
        var limit = new LoginFailureLimit(3, counts);
        var target = LoginFailureLimit.KeysFor(IPAddress.Parse("192.0.2.1"), "ann@example.com");
        for (var i = 0; i < 3; i++)
        {
            await limit.RecordAsync(target, CancellationToken.None);
        }

        var timer = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++)
        {
            // 100,000 different /64 networks (a /48 alone holds 65,536).
            var address = new IPAddress([0x20, 0x01, 0x0d, 0xb8, 0, (byte)(i >> 16), (byte)(i >> 8), (byte)i, 0, 0, 0, 0, 0, 0, 0, 1]);
            await limit.RecordAsync(LoginFailureLimit.KeysFor(address, "ann@example.com"), CancellationToken.None);
        }
        timer.Stop();

        var failures = new ClientLimit("login-failures", 3, LoginFailureLimit.Window);
        Assert.InRange(counts.KeysHeld(failures), 1, MemoryClientCounts.MaxKeysPerLimit + 1);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"100,000 failures took {timer.Elapsed}");
        Assert.NotNull(await limit.RetryAfterAsync(target, CancellationToken.None));
        Assert.NotNull(await limit.RetryAfterAsync(LoginFailureLimit.KeysFor(IPAddress.Parse("198.51.100.9"), "bob@example.com"), CancellationToken.None));
    }
}
