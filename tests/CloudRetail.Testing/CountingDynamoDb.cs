using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Amazon.DynamoDBv2;

namespace CloudRetail.Testing;

/// <summary>Wraps the real DynamoDB client and counts every operation it is asked for, so a test can
/// state how many round trips a use case makes. A test can also hold one chosen call (before or after
/// it reaches DynamoDB) to catch a request in the middle.</summary>
public class CountingDynamoDb : DispatchProxy
{
    private static readonly MethodInfo HeldCall = typeof(CountingDynamoDb).GetMethod(nameof(CallHeldAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private IAmazonDynamoDB _inner = null!;
    private readonly ConcurrentQueue<string> _calls = new();
    private Hold? _hold;

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

    /// <summary>Holds the first call whose request matches until the hold is released: before the call
    /// is sent, or after DynamoDB answered it (<paramref name="afterCall"/>).</summary>
    public Hold HoldNext(Func<object, bool> matches, bool afterCall = false)
    {
        var hold = new Hold(matches, afterCall);
        Interlocked.Exchange(ref _hold, hold);
        return hold;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            _calls.Enqueue(targetMethod.Name[..^"Async".Length]);
        }
        if (_hold is { } hold && args is [{ } request, ..] && hold.Matches(request) && Interlocked.CompareExchange(ref _hold, null, hold) == hold)
        {
            var responseType = targetMethod.ReturnType.GetGenericArguments()[0];
            return HeldCall.MakeGenericMethod(responseType).Invoke(null, [hold, (Func<object?>)(() => Call(targetMethod, args))]);
        }
        return Call(targetMethod, args);
    }

    private object? Call(MethodInfo targetMethod, object?[]? args)
    {
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

    private static async Task<T> CallHeldAsync<T>(Hold hold, Func<object?> call)
    {
        if (!hold.AfterCall)
        {
            await hold.WaitAsync();
        }
        if (hold.FailsTheCall)
        {
            throw new AmazonDynamoDBException("DynamoDB failed the held call (test)");
        }
        var response = await (Task<T>)call()!;
        if (hold.AfterCall)
        {
            await hold.WaitAsync();
        }
        if (hold.LosesTheAnswer)
        {
            throw new HttpRequestException("The connection was reset after DynamoDB answered (test)");
        }
        return response;
    }

    public sealed class Hold(Func<object, bool> matches, bool afterCall)
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool AfterCall => afterCall;

        /// <summary>Completes when the held call reached the hold.</summary>
        public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public bool Matches(object request) => matches(request);

        public bool FailsTheCall { get; private set; }

        public void Release() => _released.TrySetResult();

        public bool LosesTheAnswer { get; private set; }

        /// <summary>Lets the held call reach DynamoDB, which does its work, and its answer be lost on the
        /// way back (a reset connection): the caller cannot tell whether it happened.</summary>
        public void LoseTheAnswer()
        {
            LosesTheAnswer = true;
            Release();
        }

        /// <summary>Lets the held call go on to fail, as if DynamoDB had failed it.</summary>
        public void Fail()
        {
            FailsTheCall = true;
            Release();
        }

        internal Task WaitAsync()
        {
            _reached.TrySetResult();
            return _released.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }
}
