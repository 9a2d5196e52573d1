using System.Globalization;
using Amazon;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>Where secret values come from at run time: one read of named parameters.</summary>
public interface ISecretParameters
{
    Task<IReadOnlyDictionary<string, string>> ReadAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);
}

/// <summary>SSM Parameter Store, decrypted: a SecureString parameter, or a Secrets Manager secret by its
/// <c>/aws/reference/secretsmanager/&lt;name&gt;</c> path.</summary>
internal sealed class SsmSecretParameters(IAmazonSimpleSystemsManagement ssm) : ISecretParameters
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        // One call each: GetParameters does not take /aws/reference/ paths.
        var read = await Task.WhenAll(names.Select(async name =>
            (name, (await ssm.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = true }, cancellationToken)).Parameter.Value)));
        return read.ToDictionary(p => p.name, p => p.Value);
    }
}

/// <summary>
/// Settings that are secrets, read at run time rather than from the function's environment:
/// <see cref="ShopSettings.SecretParameters"/> maps each setting to a parameter, e.g.
/// <c>PAGE_CURSOR_SECRET=/aws/reference/secretsmanager/cloudretail/prod/…/pagecursor</c>. Read once
/// before the host is built (a start without them fails), then again every
/// <see cref="ShopSettings.SecretRefreshSeconds"/>: a rotated value reaches every running instance
/// without a deploy. A failed refresh keeps the values it had. Without the setting (locally) the
/// secrets stay plain settings.
/// </summary>
public sealed class RuntimeSecretsProvider : ConfigurationProvider, IDisposable
{
    public static readonly TimeSpan DefaultRefresh = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly ISecretParameters _source;
    private readonly TimeSpan _refresh;
    private readonly TimeProvider _clock;
    private ITimer? _timer;
    private int _refreshing;

    public RuntimeSecretsProvider(IReadOnlyDictionary<string, string> settingToParameter, ISecretParameters source, TimeSpan refresh, TimeProvider clock)
    {
        (_parameters, _source, _refresh, _clock) = (settingToParameter, source, refresh, clock);
    }

    /// <summary>Refreshes that failed in a row; 0 once one succeeds.</summary>
    public int FailedRefreshes { get; private set; }

    public override void Load()
    {
        Data = ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        _timer ??= _clock.CreateTimer(_ => _ = RefreshAsync(), null, _refresh, _refresh);
    }

    /// <summary>Reads every parameter again; when a value changed, configuration readers see it at
    /// once and reload tokens fire. Overlapping calls skip.</summary>
    public async Task RefreshAsync()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }
        try
        {
            var fresh = await ReadAsync(CancellationToken.None);
            FailedRefreshes = 0;
            if (fresh.Count != Data.Count || fresh.Any(p => !Data.TryGetValue(p.Key, out var old) || old != p.Value))
            {
                Data = fresh;
                OnReload();
            }
        }
#pragma warning disable CA1031 // A store that is briefly unreachable must not take the secrets away: keep the last values.
        catch (Exception)
#pragma warning restore CA1031
        {
            FailedRefreshes++;
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task<Dictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
    {
        var values = await _source.ReadAsync([.. _parameters.Values.Distinct()], cancellationToken);
        return _parameters.ToDictionary(p => p.Key, p => (string?)values[p.Value], StringComparer.OrdinalIgnoreCase);
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary><c>SETTING=parameter</c> pairs, comma-separated.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string mapping)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in mapping.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 1 || equals == pair.Length - 1)
            {
                throw new InvalidOperationException($"{ShopSettings.SecretParameters} must be SETTING=parameter pairs separated by commas, got '{pair}'");
            }
            pairs[pair[..equals]] = pair[(equals + 1)..];
        }
        return pairs;
    }
}

public static class RuntimeSecrets
{
    /// <summary>Adds the run-time secrets when <see cref="ShopSettings.SecretParameters"/> names any;
    /// last, so they win over anything else.</summary>
    public static IConfigurationManager AddRuntimeSecrets(this IConfigurationManager configuration, ISecretParameters? source = null)
    {
        if (configuration[ShopSettings.SecretParameters] is not { Length: > 0 } mapping)
        {
            return configuration;
        }
        var refresh = configuration[ShopSettings.SecretRefreshSeconds] is { Length: > 0 } seconds
            ? TimeSpan.FromSeconds(int.Parse(seconds, NumberStyles.None, CultureInfo.InvariantCulture))
            : RuntimeSecretsProvider.DefaultRefresh;
        source ??= new SsmSecretParameters(new AmazonSimpleSystemsManagementClient(new AmazonSimpleSystemsManagementConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(configuration.Region()),
        }));
        configuration.Add(new Source(new RuntimeSecretsProvider(RuntimeSecretsProvider.Parse(mapping), source, refresh, TimeProvider.System)));
        return configuration;
    }

    private sealed class Source(RuntimeSecretsProvider provider) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;
    }
}
