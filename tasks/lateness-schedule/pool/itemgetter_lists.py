from operator import itemgetter


def min_max_lateness(processing, due):
    jobs = []
    for i in range(len(due)):
        jobs.append([due[i], i, processing[i]])
    jobs.sort(key=itemgetter(0, 1))
    finish = 0
    result = 0
    checksum = 0
    for idx, job in enumerate(jobs):
        finish += job[2]
        result = max(result, finish - job[0])
        checksum += (idx + 1) * job[1]
    return (result, checksum)
