using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Identity.Persistence;

namespace CloudRetail.Identity;

/// <summary>An admin's e-mail for the audit trail: the verified one stored at their sign-in.</summary>
internal sealed class AdminEmails(ShoppersTable profiles) : IAdminEmails
{
    public BatchedRead<string?> FindEmail(ReadBatch batch, string adminId) => profiles.FindVerifiedEmail(batch, adminId);
}
