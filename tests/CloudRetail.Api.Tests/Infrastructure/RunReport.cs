using Xunit.Abstractions;
using Xunit.Sdk;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>Prints figures (the fuzzer's histogram, recovery times) in every run's console output as
/// xunit diagnostic messages (switched on in xunit.runner.json), not only in a failed test's output.</summary>
public sealed class RunReport(IMessageSink sink)
{
    public void Print(string line) => sink.OnMessage(new DiagnosticMessage(line));
}
