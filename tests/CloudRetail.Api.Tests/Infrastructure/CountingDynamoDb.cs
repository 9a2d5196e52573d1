using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Amazon.DynamoDBv2;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>Wraps the real DynamoDB client and counts every operation it is asked for, so a test can
/// state how many round trips a use case makes.</summary>
public class CountingDynamoDb : DispatchProxy
{
    private IAmazonDynamoDB _inner = null!;
    private readonly ConcurrentQueue<string> _calls = new();

    public static (IAmazonDynamoDB Client, CountingDynamoDb Counter) Wrap(IAmazonDynamoDB inner)
    {
        var proxy = Create<IAmazonDynamoDB, CountingDynamoDb>();
        var counter = (CountingDynamoDb)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>The operations made while <paramref name="action"/> ran (tests in the API collection run one at a time).</summary>
    public async Task<IReadOnlyList<string>> CountAsync(Func<Task> action)
    {
        var before = _calls.Count;
        await action();
        return Calls.Skip(before).ToList();
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            _calls.Enqueue(targetMethod.Name[..^"Async".Length]);
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
