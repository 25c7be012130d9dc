namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// The vector space a complaint's text is clustered in, chosen by script and length (<see cref="TopicSpaces.Of(string)"/>):
/// short English through the packaged sentence model, long English through word TF-IDF/LSA, Chinese through character
/// n-gram TF-IDF/LSA. Topics are found within one space; vectors of different spaces are never compared.
/// </summary>
public enum TopicSpace
{
    EnglishShort,
    EnglishLong,
    Chinese,
}
