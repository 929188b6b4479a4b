// Gold specs for holdout round 141, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 142, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (earthquake relief and disaster prevention: a pinyin mirror's
// donation-ceremony 讲话 with a leaked tag, an anniversary 讲话 reposted on an old forum with its headline
// twice, a talk to pupils under a separator-less breadcrumb, a 特殊党费 address on one line; a 倡议书 and a
// novel as look-alikes; 01–06), specs-b.mjs (legal services: a bar election 演说词 with 一、/二、 headings, a
// 网易号 贺词 on a pinyin mirror under spam and share chrome, a law student's 演讲稿 under a 导语, a law
// firm's year-end 发言 with no title; two news reports as look-alikes; 07–12), specs-c.mjs (ball games: a
// generated organiser's 讲话 with 一、–四、 on a streaming site, a street tournament's 致辞 with a numbered
// copyright footer, a pupil's flag-raising talk under its school's header, a coach's 发言 under his profile
// block; a 通知 and a 策划书 as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
