-- Migration 6: what extraction could not find for a notice ("buyer: not found", "title: not found; the URL is
-- used", "attachment failed: 招标文件.pdf: …"). The notice is stored whatever it lacks; these lines say why it is thin.
CREATE TABLE notice_problems (
  notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  problem TEXT NOT NULL,          -- one line, "<what>: <why>"; the part before the first colon is its kind
  PRIMARY KEY (notice_id, seq)
);
