namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Labels topics in whole words by class-based TF-IDF: a word scores by how many of the topic's texts contain it, times
/// log(1 + average texts per topic / texts of all topics containing it), so words common everywhere ("客服", "bank") sink.
/// Words come from the caller's splitter (jieba in production); single CJK characters, stop words, numbers and masks never
/// appear. A topic whose texts are in both Chinese and English shows the best words of each: "手机银行 / 登录 · mobile / login".
/// </summary>
public sealed class TopicLabeler(Func<string, IReadOnlyList<string>> splitWords, LabelOptions? options = null)
{
    private readonly LabelOptions _options = options ?? new LabelOptions();

    /// <summary>A label per topic from its member texts; every topic's texts also serve as the background of the others.</summary>
    public IReadOnlyDictionary<int, TopicLabel> Label(IReadOnlyDictionary<int, IReadOnlyList<string>> textsByTopic)
    {
        ArgumentNullException.ThrowIfNull(textsByTopic);
        var ids = textsByTopic.Keys.Order().ToList();
        var classes = ids.Select(id => Read(textsByTopic[id])).ToList();
        var labels = Score(classes);
        return ids.Select((id, i) => (id, labels[i])).ToDictionary(x => x.id, x => x.Item2);
    }

    /// <summary>A provisional label for an emerging topic: its texts against the existing topics' texts.</summary>
    public TopicLabel Provisional(IReadOnlyList<string> texts, IReadOnlyDictionary<int, IReadOnlyList<string>> textsByTopic)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(textsByTopic);
        var classes = new List<TopicTexts> { Read(texts) };
        classes.AddRange(textsByTopic.Keys.Order().Select(id => Read(textsByTopic[id])));
        return Score(classes)[0];
    }

    private TopicTexts Read(IReadOnlyList<string> texts)
    {
        var documents = texts.Select(t => splitWords(t).Select(LabelWords.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal)).ToList();
        return new TopicTexts(documents, texts.Count(LabelWords.IsChineseText));
    }

    private List<TopicLabel> Score(List<TopicTexts> classes)
    {
        var everywhere = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in classes.SelectMany(c => c.Documents).SelectMany(d => d))
        {
            everywhere[word] = everywhere.GetValueOrDefault(word) + 1;
        }

        var average = Math.Max(1.0, classes.Average(c => c.Documents.Count));
        return classes.Select(c => Describe(c, everywhere, average)).ToList();
    }

    private TopicLabel Describe(TopicTexts topic, Dictionary<string, int> everywhere, double average)
    {
        var minTexts = Math.Min(_options.MinTexts, Math.Max(1, topic.Documents.Count));
        var ranked = topic.Documents.SelectMany(d => d).GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Texts: g.Count()))
            .Where(x => x.Texts >= minTexts)
            .Select(x => (x.Word, x.Texts, Score: x.Texts * Math.Log(1 + average / everywhere[x.Word])))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Texts).ThenBy(x => x.Word, StringComparer.Ordinal)
            .Select(x => x.Word).ToList();
        var chinese = Best(ranked.Where(LabelWords.IsChinese), _options.Words);
        var english = Best(ranked.Where(w => !LabelWords.IsChinese(w)), _options.Words);
        var share = topic.Documents.Count == 0 ? 0 : (double)topic.ChineseTexts / topic.Documents.Count;
        string text;
        if (share >= _options.MinLanguageShare && 1 - share >= _options.MinLanguageShare && chinese.Count > 0 && english.Count > 0)
        {
            chinese = [.. chinese.Take(_options.WordsPerLanguage)];
            english = [.. english.Take(_options.WordsPerLanguage)];
            text = string.Join(" / ", chinese) + " · " + string.Join(" / ", english);
        }
        else
        {
            var words = Best(ranked, _options.Words);
            text = string.Join(" / ", words);
            chinese = [.. words.Where(LabelWords.IsChinese)];
            english = [.. words.Where(w => !LabelWords.IsChinese(w))];
        }

        return new TopicLabel(text, chinese, english);
    }

    // Best words, skipping one contained in a word already chosen ("银行" after "手机银行") so the label does not repeat itself.
    private static List<string> Best(IEnumerable<string> ranked, int count)
    {
        var chosen = new List<string>();
        foreach (var word in ranked)
        {
            if (chosen.Count == count) break;
            if (chosen.Any(c => c.Contains(word, StringComparison.Ordinal))) continue;
            chosen.Add(word);
        }

        return chosen;
    }

    private sealed record TopicTexts(List<HashSet<string>> Documents, int ChineseTexts);
}
