CASES = [
    {"args": ['id,name,amount\n1,"Smith, Ann",10\n2,"Say ""hi""",-3', 2], "expected": 7},
    {"args": ['id,name,amount\n1,"Smith, Ann",10\n2,"Say ""hi""",-3', 0], "expected": 3},
    {"args": ["only,a,header", 1], "expected": 0},
    {"args": ["n\n5", 0], "expected": 5},
    {"args": ['a,b\n"1","x"\n"-7",y', 0], "expected": -6},
    {"args": ['h1,h2,h3\n,,4\n"",,5\n",",",",6', 2], "expected": 15},
    {"args": ['a,b,c\n""",""",x,1\n"a""b,c",",,",2', 2], "expected": 3},
    {"args": ['q,v\n"caf\u00e9, cr\u00e8me",100\n\u65e5\u672c,"-100"', 1], "expected": 0},
    {"args": ["x,y\n1,2\n3,4\n5,6", 1], "expected": 12},
    {"args": ['"col,0",col1\n99999999999999999999,0', 0], "expected": 99999999999999999999},
    {"args": ['a,b\n-0,"0"\n0,-0', 0], "expected": 0},
    {"args": ['a,b,c\n1,"""",2\n3,"x,""y"",z",4', 2], "expected": 6},
]
