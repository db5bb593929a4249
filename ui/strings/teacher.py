"""The teacher's view of a class. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "teacher.title": {"en": "Teacher's view", "zh": "教师视图"},
    "teacher.intro": {
        "en": "Who has done which exercise, where the class is stuck, and each learner's attempts. Refreshed every few seconds.",
        "zh": "谁完成了哪道练习、全班卡在哪里，以及每位学习者的作答记录。每隔几秒自动刷新。",
    },
    "teacher.key": {"en": "Teacher key", "zh": "教师密钥"},
    "teacher.open": {"en": "Open", "zh": "打开"},
    "teacher.no_key": {
        "en": "This page needs a teacher key: start the server with PLAYGROUND_TEACHER_KEY set (or `teacher_key` in `.streamlit/secrets.toml`).",
        "zh": "本页需要教师密钥：启动服务器时设置 PLAYGROUND_TEACHER_KEY（或在 `.streamlit/secrets.toml` 中设置 `teacher_key`）。",
    },
    "teacher.wrong_key": {"en": "That key is not right.", "zh": "密钥不正确。"},
    "teacher.slow_down": {
        "en": "Too many wrong keys: wait a minute before the next try.",
        "zh": "错误的密钥次数太多：请等一分钟再试。",
    },
    "teacher.class": {"en": "Class code", "zh": "班级代码"},
    "teacher.no_class": {
        "en": "No learner has joined class {code} yet.",
        "zh": "还没有学习者加入班级 {code}。",
    },
    "teacher.grid": {"en": "Learners × exercises", "zh": "学习者 × 练习"},
    "teacher.legend": {
        "en": "✓ done, ✗ tried and not done, then the number of tries; 💡 the solution was opened. Select a row to see that learner's attempts.",
        "zh": "✓ 已完成，✗ 尝试过但未完成，后面是尝试次数；💡 表示打开过解答。选中一行可查看该学习者的作答记录。",
    },
    "teacher.missed": {"en": "Most missed", "zh": "错得最多的练习"},
    "teacher.attempts": {"en": "Attempts of {name}", "zh": "{name} 的作答记录"},
    "teacher.download": {"en": "Download the grid as CSV", "zh": "下载表格（CSV）"},
    "teacher.away": {
        "en": "The database does not answer right now; the view refreshes by itself when it is back.",
        "zh": "数据库暂时没有响应；恢复后本视图会自动刷新。",
    },
    "teacher.col.learner": {"en": "learner", "zh": "学习者"},
    "teacher.col.done": {"en": "done", "zh": "已完成"},
    "teacher.col.exercise": {"en": "exercise", "zh": "练习"},
    "teacher.col.wrong": {"en": "wrong tries", "zh": "错误次数"},
    "teacher.col.tried": {"en": "learners who tried", "zh": "尝试过的人数"},
    "teacher.col.answers": {"en": "commonest wrong answers", "zh": "最常见的错误答案"},
    "teacher.col.time": {"en": "time (UTC)", "zh": "时间（UTC）"},
    "teacher.col.answer": {"en": "answer", "zh": "答案"},
    "teacher.col.correct": {"en": "right", "zh": "正确"},
    "app.section.class": {"en": "Class", "zh": "课堂"},
}
