namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// The representation a complaint's text is clustered in, chosen by script and length: short English through the packaged
/// sentence-embedding model, long English narratives and Chinese through TF-IDF/LSA. A topic lives in one space; an analyst
/// merges the Chinese and English topics of one problem.
/// </summary>
public enum TopicSpace
{
    EnglishShort,
    EnglishLong,
    Chinese,
}
