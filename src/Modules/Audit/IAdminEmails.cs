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

public static class AdminEmailsExtensions
{
    /// <summary>The e-mails of several admins by account id (null where the shop holds none): one BatchGetItem,
    /// none when there is no id.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> FindEmailsAsync(
        this IAdminEmails emails, Transactions transactions, IEnumerable<string> adminIds, CancellationToken cancellationToken)
    {
        var ids = adminIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string?>();
        }
        var batch = transactions.BeginRead();
        var reads = ids.Select(id => (Id: id, Email: emails.FindEmail(batch, id))).ToList();
        await batch.ReadAsync(cancellationToken);
        return reads.ToDictionary(r => r.Id, r => r.Email.Value, StringComparer.Ordinal);
    }
}
