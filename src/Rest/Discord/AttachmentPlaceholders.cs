namespace GameTime.Rest.Discord;

/// <summary>
/// Discord matches each multipart part <c>files[n]</c> to the entry <c>{id: n, filename}</c> of the body's
/// <c>attachments</c>: add the entries the caller left out, keeping the ones given (on an edit, the attachments
/// to keep).
/// </summary>
internal static class AttachmentPlaceholders
{
    /// <summary>Discord's limit of attachments per message.</summary>
    public const int MaxFiles = 10;

    /// <summary>The attachments to send: <paramref name="given"/>, completed with an entry for each file.</summary>
    public static JsonAttachmentRef[] Complete(JsonAttachmentRef[]? given, IReadOnlyList<FileAttachment> files)
    {
        if (files.Count > MaxFiles) throw new ArgumentException($"Discord accepts at most {MaxFiles} files per message", nameof(files));
        var attachments = new List<JsonAttachmentRef>(given ?? []);
        for (int n = 0; n < files.Count; n++)
        {
            var file = files[n];
            ArgumentException.ThrowIfNullOrWhiteSpace(file.FileName, nameof(files));
            var index = attachments.FindIndex(a => a.Id == (ulong)n);
            if (index < 0)
            {
                attachments.Add(new JsonAttachmentRef { Id = (ulong)n, Filename = file.FileName, Description = file.Description });
            }
            else if (attachments[index].Filename is null)
            {
                var a = attachments[index];
                attachments[index] = new JsonAttachmentRef { Id = a.Id, Filename = file.FileName, Description = a.Description ?? file.Description };
            }
        }
        return [.. attachments];
    }
}
