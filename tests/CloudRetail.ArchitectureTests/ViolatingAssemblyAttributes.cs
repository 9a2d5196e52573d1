using System.Runtime.CompilerServices;

// A deliberate violation, so the internals rule is seen to fail on it.
[assembly: InternalsVisibleTo("CloudRetail.Orders")]

namespace CloudRetail.ArchitectureTests.Persistence
{
    /// <summary>A deliberate violation: a public type outside the assembly's root namespace.</summary>
    public sealed class PublicTableAccess;
}
