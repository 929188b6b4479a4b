// Gold specs for holdout round 163, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 164, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (tea and tea culture: a 讲话 on the first spring tea
// under an editor's note with 第一,/第二,/第三, a 讲话 at a tea-industry forum on a traditional-script
// mirror with leaked tags, a 茶艺 解说词; three reports of tea ceremonies and an interview as look-alikes;
// 01–06), specs-b.mjs (tax and public finance: a 竞选演讲稿 on a pinyin mirror with 一、 and 一是, a
// finance university president's opening-ceremony 讲话 under a news headline; a budget report, two news
// reports and a novel chapter as look-alikes; 07–12), specs-c.mjs (retirements, farewells and new posts: a
// county secretary's farewell on a pinyin mirror, a professor's remarks at his retirement, a university
// president's farewell under a Q&A page's question; a report printed twice, a farewell letter quoted in the
// news and a report under a casino-branded headline as look-alikes; 13–18). Eight speeches in eighteen
// pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
