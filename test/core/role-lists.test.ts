import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a press conference’s or ceremony’s roles over the speech', () => {
  const header = ['时间:2022年4月28日16:00', '主题:织密基金监管网 共筑医保防护线', '地点:市政务中心15楼东会议室', '发布人:市医疗保障局二级调研员 许朝阳', '市医疗保障局基金监督处(信息管理处)处长 邹文斌', '市医疗保险基金管理中心副主任 程艳华', '主持人:市医疗保障局党组成员、副局长 管立新'];
  const talk = ['管立新:', '各位媒体朋友、各位同志:', '大家下午好!', '欢迎大家参加市医疗保障局举办的这场新闻发布会。今天,我们邀请到三位同志,向大家介绍全市医保基金监管工作情况。'];

  it('are the page’s, with every person a role lists a line to each under it', () => {
    const a = analyzeText([...header, ...talk].join('\n'));
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual(header);
    expect(a.title).toBe('');
  });

  it('list no speaker’s byline that stands under the title rather than under a role', () => {
    const byline = '区委副书记、区长 何振宇';
    const a = analyzeText(['在全区民营经济发展大会上的讲话', byline, '同志们:', '今天,我们召开全区民营经济发展大会。'].join('\n'));
    expect(a.paragraphs[0]).toBe(byline);
  });
});
