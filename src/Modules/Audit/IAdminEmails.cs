using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Audit;

/// <summary>The e-mail an admin signs in with, for the entries whose token did not carry one (Cognito's
/// access tokens do not). Audit defines it and Identity, which keeps the accounts' profiles, implements it,
/// so Audit needs no reference to Identity (which, through the modules it uses, records audit entries).</summary>
public interface IAdminEmails
{
    /// <summary>Adds the admin's e-mail to the caller's batch read; null after the read when the shop holds none.</summary>
    BatchedRead<string?> FindEmail(ReadBatch batch, string adminId);
}
